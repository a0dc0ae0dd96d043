// Base words of the most used passwords (from public breach-corpus rankings), lower case and
// without the digits and symbols people pad them with: "Password2024!" reduces to "password".
// A short list on purpose: the policy's length and mix rules do most of the work; this catches
// the guesses every credential-stuffing list tries first. Client-safe.
export const COMMON_PASSWORD_WORDS: ReadonlySet<string> = new Set(
  `password passw passwd pass pword secret letmein welcome admin administrator root toor login
  qwerty qwertyuiop qwertz azerty asdf asdfgh asdfghjkl zxcvbnm qazwsx qweasd abc abcd abcdef
  iloveyou loveyou lovely love monkey dragon football baseball basketball soccer hockey
  sunshine princess master shadow superman batman trustno michael jennifer jordan hunter
  killer charlie thomas daniel jessica ashley michelle nicole andrew matthew joshua george
  buster pepper ginger tigger cookie cheese chocolate summer winter spring autumn
  freedom whatever starwars pokemon minecraft computer internet google samsung apple
  hello helloworld test tester testing changeme change default guest user username
  security secure system server database oracle mysql postgres vigil soc siem splunk
  company corporate office business finance manager service support helpdesk
  monday tuesday friday sunday january february march april august september october
  november december london paris berlin newyork canada america england
  flower orange banana purple yellow silver golden diamond angel heaven blessed
  jesus christ lucky family forever friends mother father sister brother baby
  access master key passkey private welcomeback letmeinnow openup opensesame
  qwerty letmein zaq xsw mnbvcxz poiuytrewq lkjhgfdsa`
    .split(/\s+/)
    .filter(Boolean),
);

/** Runs of adjacent keys or digits: "1qaz2wsx3edc", "123456789012". */
export const KEYBOARD_RUNS = ["1234567890", "0987654321", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv", "qazwsxedcrfv", "abcdefghijklmnopqrstuvwxyz"];
