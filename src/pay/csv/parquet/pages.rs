//! A column chunk's pages, checked before the `parquet` crate's column reader decodes them: a
//! damaged file must be an error, and the crate's reader panics on some damage (a page
//! dictionary-encoded before any dictionary page: "Decoder for dict should have been set").

use parquet::basic::{Encoding, Type as Physical};
use parquet::column::page::{Page, PageMetadata, PageReader};
use parquet::column::reader::{ColumnReader, ColumnReaderImpl};
use parquet::errors::{ParquetError, Result};
use parquet::file::reader::RowGroupReader;

/// The typed column reader of leaf `leaf` of the row group, over its checked pages.
pub(super) fn column_reader(group: &dyn RowGroupReader, leaf: usize) -> Result<ColumnReader> {
    let descr = group.metadata().schema_descr().column(leaf);
    let pages: Box<dyn PageReader> = Box::new(Checked {
        inner: group.get_column_page_reader(leaf)?,
        dictionary: false,
    });
    Ok(match descr.physical_type() {
        Physical::BOOLEAN => ColumnReader::BoolColumnReader(ColumnReaderImpl::new(descr, pages)),
        Physical::INT32 => ColumnReader::Int32ColumnReader(ColumnReaderImpl::new(descr, pages)),
        Physical::INT64 => ColumnReader::Int64ColumnReader(ColumnReaderImpl::new(descr, pages)),
        Physical::INT96 => ColumnReader::Int96ColumnReader(ColumnReaderImpl::new(descr, pages)),
        Physical::FLOAT => ColumnReader::FloatColumnReader(ColumnReaderImpl::new(descr, pages)),
        Physical::DOUBLE => ColumnReader::DoubleColumnReader(ColumnReaderImpl::new(descr, pages)),
        Physical::BYTE_ARRAY => {
            ColumnReader::ByteArrayColumnReader(ColumnReaderImpl::new(descr, pages))
        }
        Physical::FIXED_LEN_BYTE_ARRAY => {
            ColumnReader::FixedLenByteArrayColumnReader(ColumnReaderImpl::new(descr, pages))
        }
    })
}

/// Pages passed on once checked: a dictionary-encoded data page needs a dictionary page before it.
struct Checked {
    inner: Box<dyn PageReader>,
    dictionary: bool,
}

impl Iterator for Checked {
    type Item = Result<Page>;

    fn next(&mut self) -> Option<Self::Item> {
        self.get_next_page().transpose()
    }
}

impl PageReader for Checked {
    fn get_next_page(&mut self) -> Result<Option<Page>> {
        let page = self.inner.get_next_page()?;
        match &page {
            Some(Page::DictionaryPage { .. }) => self.dictionary = true,
            Some(p)
                if !self.dictionary
                    && matches!(
                        p.encoding(),
                        Encoding::PLAIN_DICTIONARY | Encoding::RLE_DICTIONARY
                    ) =>
            {
                return Err(ParquetError::General(
                    "a dictionary-encoded page before any dictionary page".into(),
                ));
            }
            _ => {}
        }
        Ok(page)
    }

    fn peek_next_page(&mut self) -> Result<Option<PageMetadata>> {
        self.inner.peek_next_page()
    }

    fn skip_next_page(&mut self) -> Result<()> {
        self.inner.skip_next_page()
    }
}
