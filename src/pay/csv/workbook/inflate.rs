//! A sheet's XML inflated on a second thread while the first reads it. The inflated bytes pass
//! in chunks through a bounded channel, in order: what is read does not depend on the thread,
//! and memory stays bounded (at most [`CHUNKS`] chunks waiting, one being filled, one read).

use std::io::{self, Read};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::Scope;

/// The bytes of a chunk.
const CHUNK: usize = 256 * 1024;

/// The chunks inflated ahead of the reading at most.
const CHUNKS: usize = 4;

/// Whether a second thread can run alongside: more than one core is available to the process.
pub(super) fn worth_a_thread() -> bool {
    std::thread::available_parallelism().is_ok_and(|n| n.get() > 1)
}

/// The bytes that `work` sends through its [`Sink`] on a thread of `scope`.
pub(super) fn on_thread<'scope>(
    scope: &'scope Scope<'scope, '_>,
    work: impl FnOnce(&Sink) + Send + 'scope,
) -> Chunks {
    let (full, chunks) = sync_channel(CHUNKS);
    scope.spawn(move || work(&Sink(full)));
    Chunks {
        chunks,
        chunk: Vec::new(),
        pos: 0,
    }
}

/// Where the thread sends the bytes.
pub(super) struct Sink(SyncSender<io::Result<Vec<u8>>>);

impl Sink {
    /// Sends the bytes of `src` chunk by chunk, then its error if it has one; stops when the
    /// reader is gone.
    pub(super) fn send_all(&self, mut src: impl Read) {
        loop {
            let (chunk, error) = read_chunk(&mut src);
            let end = chunk.is_empty() || error.is_some();
            if self.0.send(Ok(chunk)).is_err() {
                return;
            }
            if let Some(e) = error {
                return self.fail(e);
            }
            if end {
                return;
            }
        }
    }

    /// Sends the error that ends the bytes.
    pub(super) fn fail(&self, e: io::Error) {
        let _ = self.0.send(Err(e));
    }
}

/// A chunk of `src`: [`CHUNK`] bytes, fewer at its end or before an error.
fn read_chunk(src: &mut impl Read) -> (Vec<u8>, Option<io::Error>) {
    let mut chunk = vec![0; CHUNK];
    let mut len = 0;
    while len < CHUNK {
        match src.read(&mut chunk[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                chunk.truncate(len);
                return (chunk, Some(e));
            }
        }
    }
    chunk.truncate(len);
    (chunk, None)
}

/// The inflated bytes, as the reading thread receives them.
pub(super) struct Chunks {
    chunks: Receiver<io::Result<Vec<u8>>>,
    /// The chunk being read, from `pos`.
    chunk: Vec<u8>,
    pos: usize,
}

impl Read for Chunks {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.chunk.len() {
            match self.chunks.recv() {
                Ok(Ok(chunk)) => (self.chunk, self.pos) = (chunk, 0),
                Ok(Err(e)) => return Err(e),
                Err(_) => return Ok(0), // the thread sent all
            }
        }
        let n = out.len().min(self.chunk.len() - self.pos);
        out[..n].copy_from_slice(&self.chunk[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use std::io::{self, Read};

    use super::on_thread;

    /// A source giving `len` bytes a few at a time, then an error if `fails`.
    struct Source {
        at: usize,
        len: usize,
        fails: bool,
    }

    impl Read for Source {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if self.at == self.len && self.fails {
                return Err(io::Error::other("broken"));
            }
            let n = out.len().min(self.len - self.at).min(1000);
            for (i, b) in out[..n].iter_mut().enumerate() {
                *b = ((self.at + i) % 251) as u8;
            }
            self.at += n;
            Ok(n)
        }
    }

    fn read_all(len: usize, fails: bool) -> (Vec<u8>, Option<String>) {
        std::thread::scope(|scope| {
            let src = Source { at: 0, len, fails };
            let mut chunks = on_thread(scope, move |sink| sink.send_all(src));
            let mut bytes = Vec::new();
            let e = chunks.read_to_end(&mut bytes).err().map(|e| e.to_string());
            (bytes, e)
        })
    }

    #[test]
    fn the_bytes_arrive_whole_and_in_order() {
        for len in [0, 1, 1000, 256 * 1024, 3 * 256 * 1024 + 17] {
            let (bytes, e) = read_all(len, false);
            assert_eq!(e, None);
            let mut expected = Vec::new();
            let src = Source {
                at: 0,
                len,
                fails: false,
            };
            src.take(len as u64).read_to_end(&mut expected).unwrap();
            assert!(bytes == expected, "{len} bytes");
        }
    }

    #[test]
    fn an_error_comes_after_the_bytes_before_it() {
        let (bytes, e) = read_all(300_000, true);
        assert_eq!((bytes.len(), e.as_deref()), (300_000, Some("broken")));
        let opened = std::thread::scope(|scope| {
            let mut c = on_thread(scope, |sink| sink.fail(io::Error::other("no sheet")));
            c.read(&mut [0; 4]).map_err(|e| e.to_string())
        });
        assert_eq!(opened, Err("no sheet".to_string()));
    }

    #[test]
    fn the_thread_stops_when_the_reader_stops() {
        std::thread::scope(|scope| {
            let src = Source {
                at: 0,
                len: usize::MAX,
                fails: false,
            };
            let mut chunks = on_thread(scope, move |sink| sink.send_all(src));
            let mut first = [0; 10];
            chunks.read_exact(&mut first).unwrap();
            assert_eq!(first, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        }); // the scope ends: the thread saw its reader gone
    }
}
