import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bertInputs, buildVocab, writeTinyBert } from './tiny-bert.js';

/**
 * A tiny token-classification model (embedding → linear → logits over BIO labels) whose weights
 * are chosen, not trained: each word below always gets its label, every other piece gets O. It
 * exists so the real transformers.js loading, tokenization, batching and offset code runs offline.
 * The vocabulary is lower-cased and accent-stripped, like bert-base-multilingual-uncased.
 */
export const nerLabels = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;

export const nerLexicon: Record<string, (typeof nerLabels)[number]> = {
  john: 'B-PER',
  anna: 'B-PER',
  jose: 'B-PER',
  smith: 'I-PER',
  muller: 'I-PER',
  garcia: 'I-PER',
  '##son': 'I-PER',
  acme: 'B-ORG',
  corp: 'I-ORG',
  siemens: 'B-ORG',
  berlin: 'B-LOC',
  paris: 'B-LOC',
  zurich: 'B-LOC',
  malmo: 'B-LOC',
  new: 'O',
  york: 'I-LOC',
};

const plainWords = ['dear', 'hello', 'works', 'at', 'in', 'lives', 'met', 'the', 'and', 'from', 'to', 'with'];

/** Logit margin of the chosen label: softmax gives it ~0.99. */
const STRENGTH = 7;

export function makeTinyNer(dir: string): string[] {
  const vocab = buildVocab([...Object.keys(nerLexicon), ...plainWords]);
  const hidden = nerLabels.length + 1;
  // Embedding row = scaled one-hot of the token's label; the extra hidden unit stays 0.
  const embedding = new Float32Array(vocab.length * hidden);
  vocab.forEach((token, i) => {
    const label = nerLabels.indexOf(nerLexicon[token] ?? 'O');
    embedding[i * hidden + label] = STRENGTH;
  });
  // The classifier is the identity on the label units, as a real head's linear layer would sit there.
  const classifier = new Float32Array(hidden * nerLabels.length);
  for (let l = 0; l < nerLabels.length; l++) classifier[l * nerLabels.length + l] = 1;
  const bias = new Float32Array(nerLabels.length);
  return writeTinyBert({
    dir,
    vocab,
    config: {
      model_type: 'bert',
      architectures: ['BertForTokenClassification'],
      hidden_size: hidden,
      id2label: Object.fromEntries(nerLabels.map((l, i) => [String(i), l])),
      label2id: Object.fromEntries(nerLabels.map((l, i) => [l, i])),
    },
    graph: {
      name: 'tiny_ner',
      inputs: bertInputs,
      outputs: [{ name: 'logits', elemType: 1, shape: ['batch_size', 'sequence_length', nerLabels.length] }],
      initializers: [
        { name: 'embeddings.weight', dims: [vocab.length, hidden], data: embedding },
        { name: 'classifier.weight', dims: [hidden, nerLabels.length], data: classifier },
        { name: 'classifier.bias', dims: [nerLabels.length], data: bias },
      ],
      nodes: [
        { op: 'Gather', inputs: ['embeddings.weight', 'input_ids'], outputs: ['hidden'] },
        { op: 'MatMul', inputs: ['hidden', 'classifier.weight'], outputs: ['projected'] },
        { op: 'Add', inputs: ['projected', 'classifier.bias'], outputs: ['logits'] },
      ],
    },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = path.resolve(process.argv[2] ?? 'models/tiny-ner');
  const started = performance.now();
  makeTinyNer(dir);
  console.log(`wrote ${dir} in ${(performance.now() - started).toFixed(1)} ms`);
}
