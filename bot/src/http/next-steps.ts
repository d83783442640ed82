/**
 * What `npm start` prints once the server listens, in plain words for the person at the terminal:
 * the JSON log line says "server.listening", this says where to go next (decision 0047).
 * Only outside production: there the log is read by machines, and the operator has docs/deploy.md.
 */
export function nextSteps(url: string, mode: 'local' | 'authenticated'): string {
  const lines = [
    '',
    `Kontaktcenter i Teams is running at ${url}/`,
    `  Start page:          ${url}/  (links to everything below)`,
    `  Coordinator tab:     ${url}/tab  (open it in a browser)`,
    `  Bot endpoint:        ${url}/api/messages  (Teams and the Agents Playground POST here; not a page)`,
    mode === 'local'
      ? '  Talk to the bot:     stop this server (Ctrl+C) and run `npm run playground`: it starts the bot on the same port together with the Microsoft 365 Agents Playground, a Teams look-alike in the browser'
      : '  Talk to the bot:     in Teams, through the Azure Bot whose messaging endpoint is /api/messages',
    `  Health:              ${url}/readyz`,
    'Stop it with Ctrl+C.',
    '',
  ];
  return lines.join('\n');
}
