import { z } from 'zod';

// Imported first by main.tsx, before any schema exists: our CSP forbids eval, and without
// this zod probes new Function() for its JIT and the browser reports a CSP violation.
z.config({ jitless: true });
