// The floor for the interaction bench: a minimal discord.js bot that answers every command with a
// constant embed. Whatever WU Helper adds on top of this is its own cost.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  rest: { api: process.env.DISCORD_API_URL ?? 'https://discord.com/api' },
});
client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  void interaction.reply({
    embeds: [{ title: 'Constant', description: 'The same answer every time.' }],
    allowedMentions: { parse: [] },
  });
});
process.once('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
