import { Router } from "express";

interface Round { id: string; questions: { id: string; correctOption: number; points: number }[] }
interface Submission { team: string; roundId: string; answers: Record<string, number> }

const rounds = new Map<string, Round>();
const leaderboard = new Map<string, number>();

export const submitRouter = Router();

// Teams tap an option on their phone; we compare the option index with the host's key.
submitRouter.post("/rounds/:roundId/submit", (req, res) => {
  const round = rounds.get(req.params.roundId);
  if (!round) return res.status(404).json({ error: "unknown round" });
  const sub = req.body as Submission;
  let points = 0;
  for (const q of round.questions) {
    if (sub.answers[q.id] === q.correctOption) points += q.points;
  }
  leaderboard.set(sub.team, (leaderboard.get(sub.team) ?? 0) + points);
  res.json({ points, total: leaderboard.get(sub.team) });
});

submitRouter.get("/leaderboard", (_req, res) => {
  res.json([...leaderboard.entries()].sort((a, b) => b[1] - a[1]).map(([team, score]) => ({ team, score })));
});
