/** The demo case file's passphrase: it holds only fictitious data, so it is no secret. */
export const DEMO_PASSPHRASE = 'demo-wachtzin voor VP Dossier';
