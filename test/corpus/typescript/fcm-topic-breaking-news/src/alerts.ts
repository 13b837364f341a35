import { initializeApp, applicationDefault } from "firebase-admin/app";
import { getMessaging } from "firebase-admin/messaging";
import express from "express";

initializeApp({ credential: applicationDefault() });
const app = express();
app.use(express.json());

type Edition = "uk" | "us" | "au";

// Editors press "Send alert" in the CMS; every subscriber of the edition gets the same push.
app.post("/alerts", async (req, res) => {
  const { headline, url, edition } = req.body as { headline: string; url: string; edition: Edition };
  if (!headline || !url) return res.status(400).send("headline and url required");
  const id = await getMessaging().send({
    topic: `breaking-${edition ?? "uk"}`,
    notification: { title: "Breaking news", body: headline },
    data: { url },
    android: { priority: "high", notification: { channelId: "breaking" } },
    apns: { payload: { aps: { sound: "default", "interruption-level": "time-sensitive" } } },
  });
  res.json({ messageId: id });
});

app.listen(3000);
