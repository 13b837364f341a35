import OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import Redis from "ioredis";

const openai = new OpenAI();
const redis = new Redis(process.env.REDIS_URL ?? "redis://localhost:6379");
const MAX_TURNS = 20;

const SYSTEM: ChatCompletionMessageParam = {
  role: "system",
  content: "You answer questions about the Acme CLI. If unsure, say so and link to https://docs.acme.example.",
};

async function loadHistory(conversationId: string): Promise<ChatCompletionMessageParam[]> {
  const raw = await redis.lrange(`conv:${conversationId}`, -MAX_TURNS * 2, -1);
  return raw.map((r) => JSON.parse(r));
}

async function append(conversationId: string, ...msgs: ChatCompletionMessageParam[]) {
  await redis.rpush(`conv:${conversationId}`, ...msgs.map((m) => JSON.stringify(m)));
  await redis.expire(`conv:${conversationId}`, 60 * 60 * 24);
}

export async function reply(conversationId: string, userText: string): Promise<string> {
  const history = await loadHistory(conversationId);
  const userMsg: ChatCompletionMessageParam = { role: "user", content: userText };
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [SYSTEM, ...history, userMsg],
    temperature: 0.3,
  });
  const answer = completion.choices[0]?.message?.content ?? "";
  await append(conversationId, userMsg, { role: "assistant", content: answer });
  return answer;
}
