import type { FastifyInstance } from "fastify";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

interface QuestionBody {
  stem: string;
  kind: "single" | "multiple" | "open";
  options?: { text: string; correct: boolean }[];
  tags: string[];
  difficulty: 1 | 2 | 3;
}

// Question bank for teachers assembling exams. Exams are printed and marked by hand.
export async function questionRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { tag?: string; difficulty?: string } }>("/questions", async (req) => {
    return prisma.question.findMany({
      where: {
        tags: req.query.tag ? { has: req.query.tag } : undefined,
        difficulty: req.query.difficulty ? Number(req.query.difficulty) : undefined,
      },
      include: { options: true },
      orderBy: { updatedAt: "desc" },
      take: 100,
    });
  });

  app.post<{ Body: QuestionBody }>("/questions", async (req, reply) => {
    const { options = [], ...q } = req.body;
    if (q.kind !== "open" && !options.some((o) => o.correct)) {
      return reply.code(400).send({ error: "choice questions need at least one correct option" });
    }
    const created = await prisma.question.create({ data: { ...q, options: { create: options } } });
    return reply.code(201).send(created);
  });

  app.delete<{ Params: { id: string } }>("/questions/:id", async (req, reply) => {
    await prisma.question.delete({ where: { id: req.params.id } });
    return reply.code(204).send();
  });
}
