const { App } = require('@slack/bolt');

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
const SERVICES = new Set(['api', 'web', 'worker']);
const ENVS = new Set(['staging', 'production']);

// /deploy <service> <env> [ref]
app.command('/deploy', async ({ command, ack, respond }) => {
  await ack();
  const [service, env, ref = 'main'] = command.text.trim().split(/\s+/);
  if (!SERVICES.has(service) || !ENVS.has(env)) {
    await respond(`Usage: /deploy <${[...SERVICES].join('|')}> <${[...ENVS].join('|')}> [git ref]`);
    return;
  }
  if (env === 'production' && !(await isReleaseManager(command.user_id))) {
    await respond('Only release managers can deploy to production.');
    return;
  }
  const run = await triggerPipeline(service, env, ref, command.user_name);
  await respond({ response_type: 'in_channel', text: `:rocket: ${command.user_name} deploying *${service}@${ref}* to *${env}* — ${run.url}` });
});

async function isReleaseManager(userId) {
  return (process.env.RELEASE_MANAGERS || '').split(',').includes(userId);
}

async function triggerPipeline(service, env, ref, user) {
  const res = await fetch(`https://ci.internal.example/api/pipelines/${service}/run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.CI_TOKEN}` },
    body: JSON.stringify({ env, ref, requestedBy: user }),
  });
  return res.json();
}

(async () => { await app.start(process.env.PORT || 3000); })();
