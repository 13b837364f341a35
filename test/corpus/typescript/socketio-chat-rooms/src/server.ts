import express from "express";
import { createServer } from "node:http";
import { Server } from "socket.io";

interface ChatMessage { room: string; from: string; text: string; at: number }

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer, { cors: { origin: "https://studygroup.example" } });
const history = new Map<string, ChatMessage[]>();

io.on("connection", (socket) => {
  const nickname = String(socket.handshake.auth?.nickname ?? "anon").slice(0, 24);

  socket.on("join", (room: string) => {
    socket.join(room);
    socket.emit("history", history.get(room) ?? []);
    socket.to(room).emit("system", `${nickname} joined`);
  });

  socket.on("message", ({ room, text }: { room: string; text: string }) => {
    if (!socket.rooms.has(room) || !text?.trim()) return;
    const msg: ChatMessage = { room, from: nickname, text: text.slice(0, 2000), at: Date.now() };
    const log = history.get(room) ?? [];
    log.push(msg);
    history.set(room, log.slice(-200));
    io.to(room).emit("message", msg);
  });

  socket.on("typing", (room: string) => socket.to(room).emit("typing", nickname));
});

httpServer.listen(4000);
