use std::io::{self, BufRead, BufReader, Write};
use std::net::TcpStream;
use std::thread;

fn main() -> io::Result<()> {
    let server = std::env::args().nth(1).unwrap_or_else(|| "irc.libera.chat:6667".into());
    let nick = std::env::args().nth(2).unwrap_or_else(|| "tinyirc_user".into());
    let channel = std::env::args().nth(3).unwrap_or_else(|| "#rust-beginners".into());

    let stream = TcpStream::connect(&server)?;
    let mut writer = stream.try_clone()?;
    writeln!(writer, "NICK {nick}\r\nUSER {nick} 0 * :{nick}\r")?;
    writeln!(writer, "JOIN {channel}\r")?;

    let mut pong = stream.try_clone()?;
    thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if let Some(token) = line.strip_prefix("PING ") {
                let _ = writeln!(pong, "PONG {token}\r");
                continue;
            }
            if let Some((prefix, rest)) = line.split_once(" PRIVMSG ") {
                let from = prefix.trim_start_matches(':').split('!').next().unwrap_or("?");
                let text = rest.split_once(" :").map(|(_, t)| t).unwrap_or("");
                println!("<{from}> {text}");
            }
        }
    });

    for line in io::stdin().lock().lines() {
        let line = line?;
        if line == "/quit" {
            writeln!(writer, "QUIT :bye\r")?;
            break;
        }
        writeln!(writer, "PRIVMSG {channel} :{line}\r")?;
    }
    Ok(())
}
