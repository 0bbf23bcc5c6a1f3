/**
 * From the model's raw output to the draft body an agent sees. Pure.
 *
 * Order in the draft job: cleanModelOutput → checkDraft → fillPlaceholders → add the mailbox
 * signature. Checks run on the anonymized text, so a failure detail can never hold a real value.
 */

/** Chat-template end-of-turn tokens: anything after one is the model talking to itself. */
const endOfTurn = /<\|im_end\|>|<\|eot_id\|>|<\|endoftext\|>|<\|end\|>|<end_of_turn>|<\/s>|<\|im_start\|>/u;
const rolePrefix =
  /^(?:<\|im_start\|>\s*assistant\b|<\|start_header_id\|>\s*assistant\s*<\|end_header_id\|>|<start_of_turn>\s*model\b|<\|(?:im_start|im_end|eot_id|endoftext|end)\|>|\[\/INST\]|(?:assistant|ai|bot|reply|answer|response|draft|antwort|entwurf|réponse|antwoord|respuesta|svar|risposta)\s*:)\s*/iu;
const subjectLine = /^(?:subject|betreff|objet|onderwerp|asunto|ämne|oggetto|emne|aihe|temat)\s*:[^\n]*\n+/iu;
/** "On Monday, X wrote:" before a quote block, in the languages we draft in. */
const quoteIntro =
  /(?:wrote|schrieb|a écrit|schreef|escribió|skrev|ha scritto|kirjoitti|napisał\(a\)|napisał)\s*:\s*$/iu;

/** Role headers and a subject line at the start, possibly stacked ("assistant: Subject: …"). */
function stripHead(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 4; i++) {
    const next = t.replace(rolePrefix, '').replace(subjectLine, '').trim();
    if (next === t) break;
    t = next;
  }
  return t;
}

export function cleanModelOutput(text: string): string {
  let t = stripHead(text.replace(/\r\n?/g, '\n'));
  const end = endOfTurn.exec(t);
  if (end) t = t.slice(0, end.index);
  // A reply wrapped in a code fence, or fence lines left around it.
  t = t
    .trim()
    .replace(/^```[\w-]*[ \t]*\n?/u, '')
    .replace(/\n?```[ \t]*$/u, '');
  t = stripHead(t.replace(/^```[\w-]*[ \t]*$/gmu, ''));
  const lines = t.split('\n');
  const kept: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (/^\s*>/.test(line)) continue;
    // The "… wrote:" line only goes when a quote block follows it.
    if (quoteIntro.test(line) && /^\s*>/.test(lines[i + 1] ?? '')) continue;
    kept.push(line.replace(/[ \t]+$/u, ''));
  }
  t = kept.join('\n').trim();
  t = t.replace(/(?:\n[ \t]*)*\[SIGNATURE\]\s*$/u, '');
  return t.replace(/\n{3,}/g, '\n\n').trim();
}

export interface FillOptions {
  /** The reviewing agent's display name; without it [AGENT] is removed. */
  agentName?: string;
}

const placeholderRe = /\[([A-Z][A-Z0-9_]*)\]/gu;

/**
 * Puts the thread's real values back. `[[fill in: …]]` gaps stay visible for the agent; unknown
 * placeholders stay as written (checkDraft has already rejected drafts that use them).
 */
export function fillPlaceholders(
  text: string,
  map: ReadonlyMap<string, string>,
  options: FillOptions = {},
): string {
  const agent = options.agentName?.trim();
  let t = text.replace(/^[ \t]*\[SIGNATURE\][ \t]*\n?/gmu, '').replace(/[ \t]*\[SIGNATURE\]/gu, '');
  if (!agent) {
    // A line that is only [AGENT] goes entirely; inline, the word and its leading space go.
    // No global punctuation clean-up: French puts a space before ! ? : ; on purpose.
    t = t.replace(/^[ \t]*\[AGENT\][ \t]*[,.]?[ \t]*(?:\n|$)/gmu, '').replace(/[ \t]*\[AGENT\]/gu, '');
  }
  t = t.replace(placeholderRe, (whole) => {
    if (whole === '[AGENT]') return agent ?? '';
    // `[[fill in: …]]` never matches: its content is lower case.
    return map.get(whole) ?? whole;
  });
  return t.replace(/\n{3,}/g, '\n\n').trim();
}
