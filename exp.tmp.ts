import { extractArticle } from './src/extract/index.js';
const text = 'Student is arrested over a clock\n\nAhmed Mohamed, a 14-year-old boy from Texas, was arrested on Monday. Mohamed said he was happy. Police later released Mohamed. Microsoft says the browser is old. Google invited Mohamed to its fair.\n';
const g = extractArticle({ text });
for (const e of g.entities) console.log(e.label, e.name, e.mentions.map((m) => m.text).join('|'));
import { defaultNerModel } from './src/extract/ner/index.js';
for (const s of defaultNerModel().tagEntities(text)) console.log(s.label, s.score.toFixed(2), text.slice(s.start, s.end));
