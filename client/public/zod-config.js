// Runs before any module of the app: our CSP forbids eval, and zod probes `new Function()`
// for its JIT as soon as an object schema is built — in whichever chunk holds it, which may be
// evaluated before the app's own first line. zod reads this global config when it loads.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
