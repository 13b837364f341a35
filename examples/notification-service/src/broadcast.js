// Sends the same announcement to every device subscribed to a topic.
// No per-user selection happens here: the topic decides who receives it.
const admin = require('firebase-admin');
const express = require('express');

admin.initializeApp();
const app = express();
app.use(express.json());

app.post('/announcements', async (req, res) => {
  const { topic, title, body } = req.body;
  const messageId = await admin.messaging().send({
    topic,
    notification: { title, body },
  });
  res.json({ messageId });
});

module.exports = app;
