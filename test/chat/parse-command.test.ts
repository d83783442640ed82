import { parseCommand } from '../../bot/src/chat/parse-command';

describe('chat commands', () => {
  test.each([
    ['hjælp', { name: 'help' }],
    ['hjaelp', { name: 'help' }],
    ['HJÆLP', { name: 'help' }],
    ['', { name: 'help' }],
    ['søg pas til barn', { name: 'search', text: 'pas til barn' }],
    ['soeg gult kort', { name: 'search', text: 'gult kort' }],
    ['gult kort', { name: 'search', text: 'gult kort' }],
    ['  hjemme   hjælp  ', { name: 'search', text: 'hjemme hjælp' }],
    ['vis sundhedskort', { name: 'show', guideId: 'sundhedskort' }],
    ['vis', { name: 'help' }],
    ['centre', { name: 'centers' }],
    ['tilbagekald', { name: 'callback', centerCode: null }],
    ['tilbagekald cøi', { name: 'callback', centerCode: 'CØI' }],
    ['mine', { name: 'mine' }],
    ['mine regninger til kommunen', { name: 'search', text: 'mine regninger til kommunen' }],
    ['tilknyt cso', { name: 'bind', centerCode: 'CSO' }],
    ['tilknyt', { name: 'bind', centerCode: null }],
    ['/foo bar', { name: 'unknown', word: '/foo' }],
    ['/hjælp', { name: 'help' }],
  ])('%j is understood as %j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });
});
