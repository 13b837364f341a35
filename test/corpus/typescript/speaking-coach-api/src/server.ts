import Fastify from "fastify";
import multipart from "@fastify/multipart";
import { modelAnswerAudio } from "./modelAnswer.js";
import { scoreAttempt } from "./scoreAttempt.js";

const app = Fastify({ logger: true });
await app.register(multipart);

app.get<{ Querystring: { text: string; slow?: string } }>("/model-answer", async (req, reply) => {
  const audio = await modelAnswerAudio(req.query.text, "Amy", req.query.slow === "1");
  return reply.type("audio/mpeg").send(Buffer.from(audio));
});

app.post("/attempts", async (req) => {
  const file = await req.file();
  if (!file) throw new Error("audio file required");
  const sentence = String((file.fields.sentence as any)?.value ?? "");
  return scoreAttempt(await file.toBuffer(), sentence);
});

await app.listen({ port: 8080, host: "0.0.0.0" });
