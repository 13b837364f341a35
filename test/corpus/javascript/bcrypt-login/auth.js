const bcrypt = require('bcrypt');
const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const router = express.Router();
const COST = 12;

router.post('/register', async (req, res) => {
  const { email, password } = req.body;
  if (!email || !password || password.length < 10) return res.status(400).json({ error: 'password too short' });
  const hash = await bcrypt.hash(password, COST);
  await pool.query('INSERT INTO members (email, password_hash) VALUES ($1, $2)', [email.toLowerCase(), hash]);
  res.status(201).end();
});

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query('SELECT id, password_hash FROM members WHERE email = $1', [String(email).toLowerCase()]);
  const ok = rows.length === 1 && (await bcrypt.compare(String(password), rows[0].password_hash));
  if (!ok) return res.status(401).json({ error: 'invalid credentials' });
  if (bcrypt.getRounds(rows[0].password_hash) < COST) {
    await pool.query('UPDATE members SET password_hash = $1 WHERE id = $2', [await bcrypt.hash(password, COST), rows[0].id]);
  }
  req.session.regenerate(() => {
    req.session.memberId = rows[0].id;
    res.json({ ok: true });
  });
});

module.exports = router;
