import { Hono } from "hono";
import { customAlphabet } from "nanoid";

// No look-alike characters, 8 chars ≈ 2.8e13 ids: fine for our volume.
const slug = customAlphabet("23456789abcdefghjkmnpqrstuvwxyz", 8);
const links = new Map<string, { url: string; hits: number; createdAt: number }>();
const app = new Hono();

app.post("/links", async (c) => {
  const { url } = await c.req.json<{ url: string }>();
  try {
    const u = new URL(url);
    if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error("scheme");
  } catch {
    return c.json({ error: "invalid url" }, 400);
  }
  let id = slug();
  while (links.has(id)) id = slug();
  links.set(id, { url, hits: 0, createdAt: Date.now() });
  return c.json({ id, short: `https://sho.rt/${id}` }, 201);
});

app.get("/:id", (c) => {
  const link = links.get(c.req.param("id"));
  if (!link) return c.notFound();
  link.hits++;
  return c.redirect(link.url, 302);
});

export default app;
