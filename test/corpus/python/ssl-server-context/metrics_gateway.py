"""TLS-terminating line-protocol gateway for metrics agents (asyncio + stdlib ssl)."""
import asyncio
import ssl

CERT = "/etc/metrics-gw/tls/server.pem"
KEY = "/etc/metrics-gw/tls/server.key"
AGENT_CA = "/etc/metrics-gw/tls/agents-ca.pem"


def make_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!RC4")
    ctx.options |= ssl.OP_NO_COMPRESSION | ssl.OP_CIPHER_SERVER_PREFERENCE
    ctx.load_cert_chain(CERT, KEY)
    ctx.load_verify_locations(AGENT_CA)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
    peer = writer.get_extra_info("ssl_object").getpeercert()
    agent = dict(x[0] for x in peer["subject"]).get("commonName", "?")
    while line := await reader.readline():
        await forward(agent, line.decode().rstrip())
    writer.close()


async def forward(agent: str, line: str):
    print(agent, line)


async def main():
    server = await asyncio.start_server(handle, "0.0.0.0", 6514, ssl=make_context())
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
