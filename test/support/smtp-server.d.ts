// smtp-server ships no types; the tests use it only to receive what the app sends.
declare module 'smtp-server';
