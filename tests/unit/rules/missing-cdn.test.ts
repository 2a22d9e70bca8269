// Rule missing-cdn: designs that fire it (severity, range, message), near misses, @allow and its quick fix.
import { vary } from './designs';
import { ruleTester } from './tester';

ruleTester('missing-cdn', {
  valid: [
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  users: 5M\n}\n'], ['client app "Mobile app" { type: mobile }', 'client app "Browser" { type: web }']]),
    vary([['design "Base"\n', 'design "Base"\n\nscale {\n  dau: 5M\n}\n']]), vary([['design "Base"\n', 'design "Base"\n\nscale {\n  dau: 500k\n}\n'], ['client app "Mobile app" { type: mobile }', 'client app "Browser" { type: web }']])],
  invalid: [
    { design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  dau: 5M\n}\n'], ['client app "Mobile app" { type: mobile }', 'client app "Browser" { type: web }']]), findings: [{ at: 'app', severity: 'info', message: /5M daily users on the web and no CDN/ }] },
    // v2: 10M registered users count too, and every web client gets its own finding.
    {
      design: vary([['design "Base"\n', 'design "Base"\n\nscale {\n  users: 20M\n}\n'], ['client app "Mobile app" { type: mobile }', 'client app "Browser" { type: web }\nclient admin "Admin console" { type: web }']], 'admin -> gw { protocol: https }\n'),
      findings: [
        { at: 'app', severity: 'info', message: /20M users on the web and no CDN in front of web client 'app'/ },
        { at: 'admin', severity: 'info', message: /no CDN in front of web client 'admin'/ },
      ],
    },
  ],
});
