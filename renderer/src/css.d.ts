// Side-effect CSS imports; Vite emits them as files (the CSP allows only 'self' styles).
declare module '*.css';
