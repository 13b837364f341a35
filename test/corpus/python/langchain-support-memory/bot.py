from flask import Flask, jsonify, request, session
from langchain.chains import ConversationChain
from langchain.memory import ConversationSummaryBufferMemory
from langchain.prompts import PromptTemplate
from langchain_openai import ChatOpenAI

app = Flask(__name__)
app.secret_key = "dev-only-not-a-secret"

llm = ChatOpenAI(model="gpt-4o-mini", temperature=0.2)
PROMPT = PromptTemplate.from_template(
    "You are the support assistant for a bike-rental shop. Be brief.\n"
    "Conversation so far:\n{history}\nCustomer: {input}\nAssistant:"
)
_memories: dict[str, ConversationSummaryBufferMemory] = {}


def chain_for(sid: str) -> ConversationChain:
    mem = _memories.setdefault(sid, ConversationSummaryBufferMemory(llm=llm, max_token_limit=800))
    return ConversationChain(llm=llm, memory=mem, prompt=PROMPT)


@app.post("/chat")
def chat():
    sid = session.setdefault("sid", request.remote_addr + request.headers.get("User-Agent", ""))
    reply = chain_for(sid).predict(input=request.json["message"])
    return jsonify(reply=reply)


@app.post("/chat/reset")
def reset():
    _memories.pop(session.get("sid", ""), None)
    return "", 204
