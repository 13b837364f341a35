import webpush from "web-push";
import pg from "pg";
import { buildIdf, cosine, tasteProfile, tokenize, vectorize } from "./tfidf.js";

webpush.setVapidDetails("mailto:ops@recipebox.example", process.env.VAPID_PUBLIC!, process.env.VAPID_PRIVATE!);

interface Recipe { id: number; title: string; body: string }

export async function sendDigest(db: pg.Pool): Promise<void> {
  const { rows: recipes } = await db.query<Recipe>("select id, title, body from recipes where published");
  const docs = recipes.map((r) => tokenize(`${r.title} ${r.body}`));
  const idf = buildIdf(docs);
  const vecs = new Map(recipes.map((r, i) => [r.id, vectorize(docs[i], idf)]));

  const { rows: subs } = await db.query<{ user_id: number; subscription: webpush.PushSubscription }>(
    "select user_id, subscription from push_subscriptions",
  );
  for (const sub of subs) {
    const { rows: cooked } = await db.query<{ recipe_id: number }>(
      "select recipe_id from cook_log where user_id = $1 order by at desc limit 50", [sub.user_id]);
    if (cooked.length < 3) continue;
    const seen = new Set(cooked.map((c) => c.recipe_id));
    const taste = tasteProfile(cooked.map((c) => vecs.get(c.recipe_id)!).filter(Boolean));
    const best = recipes
      .filter((r) => !seen.has(r.id))
      .map((r) => ({ r, s: cosine(taste, vecs.get(r.id)!) }))
      .sort((a, b) => b.s - a.s)[0];
    if (!best) continue;
    await webpush.sendNotification(sub.subscription, JSON.stringify({
      title: "Something new to cook",
      body: best.r.title,
      url: `/r/${best.r.id}`,
    }));
  }
}
