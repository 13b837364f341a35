"""Sends the monthly club newsletter to every member on the mailing list."""
import csv
import os
import smtplib
import ssl
import time
from email.message import EmailMessage

from jinja2 import Environment, FileSystemLoader

env = Environment(loader=FileSystemLoader("templates"), autoescape=True)


def build(issue: dict, member: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"Riverside Rowing Club — {issue['title']}"
    msg["From"] = "newsletter@riverside-rowing.example"
    msg["To"] = member["email"]
    msg["List-Unsubscribe"] = f"<https://riverside-rowing.example/unsubscribe?m={member['id']}>"
    html = env.get_template("issue.html").render(issue=issue, first_name=member["first_name"])
    msg.set_content("This newsletter is best viewed as HTML.")
    msg.add_alternative(html, subtype="html")
    return msg


def send_all(issue: dict, members_csv: str = "members.csv") -> int:
    sent = 0
    context = ssl.create_default_context()
    with smtplib.SMTP("smtp.example.net", 587) as smtp:
        smtp.starttls(context=context)
        smtp.login("newsletter", os.environ["SMTP_PASSWORD"])
        with open(members_csv, newline="", encoding="utf-8") as f:
            for member in csv.DictReader(f):
                if member.get("subscribed") != "yes":
                    continue
                smtp.send_message(build(issue, member))
                sent += 1
                time.sleep(0.2)  # provider rate limit
    return sent
