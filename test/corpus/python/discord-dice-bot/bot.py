"""Tabletop helper bot: !roll 2d6+3, !init to track initiative. Pure command parsing."""
import os
import random
import re

import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)
DICE = re.compile(r"^(\d{0,2})d(\d{1,3})([+-]\d+)?$")
initiative: dict[int, list[tuple[str, int]]] = {}


@bot.command(help="Roll dice, e.g. !roll 3d8+2")
async def roll(ctx: commands.Context, spec: str):
    m = DICE.match(spec.lower())
    if not m:
        await ctx.reply("Format: NdM+K, e.g. 2d20+5")
        return
    n, sides, mod = int(m.group(1) or 1), int(m.group(2)), int(m.group(3) or 0)
    rolls = [random.randint(1, sides) for _ in range(min(n, 50))]
    await ctx.reply(f"{rolls} {'+' if mod >= 0 else ''}{mod if mod else ''} = **{sum(rolls) + mod}**")


@bot.command(name="init", help="Add yourself to the initiative order")
async def init_(ctx: commands.Context, bonus: int = 0):
    order = initiative.setdefault(ctx.channel.id, [])
    order.append((ctx.author.display_name, random.randint(1, 20) + bonus))
    order.sort(key=lambda x: -x[1])
    await ctx.send("\n".join(f"{i + 1}. {name} ({score})" for i, (name, score) in enumerate(order)))


bot.run(os.environ["DISCORD_TOKEN"])
