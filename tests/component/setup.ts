import '@testing-library/jest-dom/vitest';

// A German browser (jsdom says en-US): the interface follows the browser's language where neither
// the page (<html lang>, as the server rendered it) nor a cookie says otherwise.
Object.defineProperty(window.navigator, 'languages', { value: ['de-DE', 'de'], configurable: true });
Object.defineProperty(window.navigator, 'language', { value: 'de-DE', configurable: true });
