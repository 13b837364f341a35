import Anthropic from "@anthropic-ai/sdk";
import { z } from "zod";

const client = new Anthropic();

const Marking = z.object({
  criteria: z.object({
    taskResponse: z.number().min(0).max(9),
    coherence: z.number().min(0).max(9),
    lexicalResource: z.number().min(0).max(9),
    grammar: z.number().min(0).max(9),
  }),
  corrections: z.array(z.object({ original: z.string(), corrected: z.string(), explanation: z.string() })),
  comment: z.string(),
});
export type Marking = z.infer<typeof Marking> & { band: number };

const RUBRIC = `Mark the essay against the four IELTS Writing Task 2 criteria (0-9 each).
List up to 10 grammar or vocabulary corrections. Reply with JSON only:
{"criteria":{...},"corrections":[...],"comment":"..."}`;

export async function markEssay(prompt: string, essay: string): Promise<Marking> {
  const msg = await client.messages.create({
    model: "claude-3-haiku-20240307",
    max_tokens: 1500,
    temperature: 0,
    system: RUBRIC,
    messages: [{ role: "user", content: `Task: ${prompt}\n\nEssay:\n${essay}` }],
  });
  const text = msg.content.map((b) => ("text" in b ? b.text : "")).join("");
  const parsed = Marking.parse(JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)));
  const c = parsed.criteria;
  const mean = (c.taskResponse + c.coherence + c.lexicalResource + c.grammar) / 4;
  return { ...parsed, band: Math.round(mean * 2) / 2 };
}
