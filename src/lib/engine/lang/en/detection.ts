import type { LanguagePack } from '../../context.ts';

export const detection: LanguagePack['detection'] = {
	functionWords: 'the and is not a an she he we i me my you they it its with of to in on for also said says has have had will would are was were be been about after at from as still by this that these those which who whom what when where why how there their them his her our your can could must should may might do does did into than then or but if more most some any each every over under up out new year years just only very one'.split(' '),
	francCode: 'eng'
};
