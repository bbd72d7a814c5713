// Addresses the URL import must never connect to: loopback, private, link-local, CGNAT, cloud
// metadata, multicast, reserved and documentation ranges, and the IPv6 forms that embed an IPv4
// address (mapped, compatible, NAT64, 6to4, Teredo), which would otherwise reach the same hosts.
// Checked with net.BlockList on the address resolved and on the address actually connected to.
import { lookup as dnsLookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction, type Socket } from 'node:net';

const V4 = [
	'0.0.0.0/8', // "this network"
	'10.0.0.0/8',
	'100.64.0.0/10', // carrier-grade NAT
	'127.0.0.0/8',
	'169.254.0.0/16', // link-local, cloud metadata (169.254.169.254)
	'172.16.0.0/12',
	'192.0.0.0/24', // IETF protocol assignments
	'192.0.2.0/24', // documentation
	'192.88.99.0/24', // 6to4 relay anycast
	'192.168.0.0/16',
	'198.18.0.0/15', // benchmarking
	'198.51.100.0/24',
	'203.0.113.0/24',
	'224.0.0.0/4', // multicast
	'240.0.0.0/4' // reserved, broadcast
];
const V6 = [
	'::/128',
	'::1/128',
	'::/96', // IPv4-compatible (deprecated)
	'::ffff:0:0/96', // IPv4-mapped
	'::ffff:0:0:0/96', // IPv4-translated
	'64:ff9b::/96', // NAT64
	'64:ff9b:1::/48', // local-use NAT64
	'100::/64', // discard
	'2001::/23', // IETF protocol assignments, Teredo (2001::/32)
	'2001:db8::/32', // documentation
	'2002::/16', // 6to4
	'3fff::/20', // documentation
	'5f00::/16', // segment routing
	'fc00::/7', // unique-local (also fd00:ec2::254, a metadata address)
	'fe80::/10', // link-local
	'fec0::/10', // site-local (deprecated)
	'ff00::/8' // multicast
];

// One list per family: Node's BlockList also matches IPv4 addresses against IPv6 rules such as
// ::/96 (it reads them as IPv4-compatible), which would block every public IPv4 address.
function listOf(ranges: string[], family: 'ipv4' | 'ipv6'): BlockList {
	const list = new BlockList();
	for (const range of ranges) {
		const [net, prefix] = range.split('/');
		list.addSubnet(net, Number(prefix), family);
	}
	return list;
}
const blocked4 = listOf(V4, 'ipv4');
const blocked6 = listOf(V6, 'ipv6');

/** True for every address the import must not reach; also for anything that is not an IP. */
export function isBlockedAddress(address: string): boolean {
	const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
	const v = isIP(bare);
	if (v === 4) return blocked4.check(bare, 'ipv4');
	if (v === 6) return blocked6.check(bare, 'ipv6');
	return true;
}

export class BlockedAddressError extends Error {
	code = 'EPRIVATE';
}

/** A DNS lookup for http(s).get that fails when any resolved address is blocked (so a name that
 * resolves to a public and a private address cannot be used to reach the private one). */
export function guardedLookup(allowPrivate: () => boolean): LookupFunction {
	return (hostname, options, callback) => {
		dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
			if (err) return callback(err, '', 0);
			const list = addresses as unknown as { address: string; family: number }[];
			if (!list.length || (!allowPrivate() && list.some((a) => isBlockedAddress(a.address)))) return callback(new BlockedAddressError('blocked address'), '', 0);
			if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: typeof list) => void)(null, list);
			else callback(null, list[0].address, list[0].family);
		});
	};
}

/** The last word: the peer the socket actually connected to (covers IP literals, which skip the
 * lookup, and anything a lookup could miss). Destroys the socket when that peer is blocked. */
export function guardSocket(socket: Socket, allowPrivate: () => boolean): void {
	const check = (): void => {
		const peer = socket.remoteAddress;
		if (!allowPrivate() && (!peer || isBlockedAddress(peer))) socket.destroy(new BlockedAddressError('blocked address'));
	};
	if (socket.remoteAddress) check();
	else socket.once('connect', check);
}
