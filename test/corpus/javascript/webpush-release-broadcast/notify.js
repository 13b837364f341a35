#!/usr/bin/env node
// Run from the release pipeline: tells every subscribed browser that a new version shipped.
const webpush = require('web-push');
const Database = require('better-sqlite3');

const db = new Database(process.env.SUBS_DB || 'subscriptions.db');
webpush.setVapidDetails('mailto:releases@example.org', process.env.VAPID_PUBLIC_KEY, process.env.VAPID_PRIVATE_KEY);

async function main() {
  const version = process.argv[2];
  if (!version) {
    console.error('usage: notify.js <version>');
    process.exit(2);
  }
  const payload = JSON.stringify({ title: `v${version} is out`, body: 'See what changed in the release notes.', url: `/releases/${version}` });
  const subs = db.prepare('SELECT id, endpoint, p256dh, auth FROM subs').all();
  let sent = 0;
  for (const s of subs) {
    try {
      await webpush.sendNotification({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, payload, { TTL: 86400 });
      sent++;
    } catch (err) {
      if (err.statusCode === 404 || err.statusCode === 410) db.prepare('DELETE FROM subs WHERE id = ?').run(s.id);
    }
  }
  console.log(`notified ${sent}/${subs.length} subscribers`);
}

main();
