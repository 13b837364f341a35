import express from "express";
import { randomUUID } from "node:crypto";
import { reply } from "./conversation.js";

const app = express();
app.use(express.json());

app.post("/api/conversations", (_req, res) => {
  res.status(201).json({ id: randomUUID() });
});

app.post("/api/conversations/:id/messages", async (req, res) => {
  const text = String(req.body?.text ?? "").slice(0, 4000);
  if (!text) return res.status(400).json({ error: "text required" });
  try {
    res.json({ reply: await reply(req.params.id, text) });
  } catch (err) {
    console.error(err);
    res.status(502).json({ error: "assistant unavailable" });
  }
});

app.listen(Number(process.env.PORT ?? 8080));
