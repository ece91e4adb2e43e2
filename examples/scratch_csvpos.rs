fn main() {
    for data in ["h\na\n\n\nb\nc", "h\r\na\r\n\r\n\r\nb\r\nc\r\n", "h\n\"x\ny\"\nb\n"] {
        let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(data.as_bytes());
        let mut rec = csv::ByteRecord::new();
        while r.read_byte_record(&mut rec).unwrap() {
            println!("{:?} start={} after={}", rec, rec.position().unwrap().line(), r.position().line());
        }
        println!("--");
    }
}
