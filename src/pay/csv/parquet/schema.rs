//! The columns of a Parquet payroll: the schema's top-level fields as the header, and how each
//! mapped column's values are read.

use csv::ByteRecord;
use parquet::basic::{ConvertedType, Repetition, Type as Physical};
use parquet::schema::types::{ColumnDescriptor, SchemaDescriptor};

use crate::i18n::Message;

/// How a column's values are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// BOOLEAN: `true` or `false`, as the text of a cell.
    Bool,
    /// INT32 or INT64 (`unsigned`: annotated UINT_32 or UINT_64, read as such).
    Int { unsigned: bool },
    /// FLOAT or DOUBLE.
    Float,
    /// DECIMAL (in INT32, INT64, BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY): the unscaled integer
    /// divided by 10^scale.
    Decimal { scale: i32 },
    /// BYTE_ARRAY (UTF8, ENUM, JSON or not annotated): text, which must be UTF-8.
    Text,
}

/// The file's columns: its schema's top-level fields, in order.
pub(super) struct Schema {
    /// The header: each top-level field's name.
    pub(super) header: ByteRecord,
    /// By top-level field: its leaf column (a primitive field that is not repeated), or what
    /// it is instead (for the message).
    leaves: Vec<Result<usize, &'static str>>,
}

impl Schema {
    pub(super) fn of(descr: &SchemaDescriptor) -> Schema {
        let fields = descr.root_schema().get_fields();
        let header: ByteRecord = fields.iter().map(|f| f.name().trim()).collect();
        let mut leaves: Vec<Result<usize, &'static str>> = fields
            .iter()
            .map(|f| {
                let repeated = f.get_basic_info().has_repetition()
                    && f.get_basic_info().repetition() == Repetition::REPEATED;
                let list = matches!(
                    f.get_basic_info().converted_type(),
                    ConvertedType::LIST | ConvertedType::MAP | ConvertedType::MAP_KEY_VALUE
                );
                match (f.is_primitive(), repeated || list) {
                    (false, false) => Err("group"),
                    (false, true) => Err("repeated"),
                    (true, true) => Err("repeated"),
                    (true, false) => Err("unmatched"),
                }
            })
            .collect();
        for leaf in 0..descr.num_columns() {
            let root = descr.get_column_root_idx(leaf);
            if let Some(slot @ Err("unmatched")) = leaves.get_mut(root) {
                *slot = Ok(leaf);
            }
        }
        Schema { header, leaves }
    }

    /// The leaf column of top-level field `c` and how to read it, or why it cannot be read.
    pub(super) fn column(
        &self,
        descr: &SchemaDescriptor,
        c: usize,
    ) -> Result<(usize, Kind), Message> {
        let leaf = match self.leaves.get(c) {
            Some(Ok(leaf)) => *leaf,
            Some(Err(what)) => {
                return Err(Message::new("parquet-nested-column").text("kind", *what));
            }
            None => return Err(Message::new("parquet-nested-column").text("kind", "group")),
        };
        kind(&descr.column(leaf)).map(|k| (leaf, k))
    }
}

/// How a leaf column's values are read, or a message naming its type when they cannot be read
/// as numbers or text.
fn kind(d: &ColumnDescriptor) -> Result<Kind, Message> {
    let decimal = d.converted_type() == ConvertedType::DECIMAL;
    let unsigned = matches!(
        d.converted_type(),
        ConvertedType::UINT_8
            | ConvertedType::UINT_16
            | ConvertedType::UINT_32
            | ConvertedType::UINT_64
    );
    let kind = match d.physical_type() {
        Physical::INT32
        | Physical::INT64
        | Physical::BYTE_ARRAY
        | Physical::FIXED_LEN_BYTE_ARRAY
            if decimal =>
        {
            Kind::Decimal {
                scale: d.type_scale(),
            }
        }
        Physical::BOOLEAN => Kind::Bool,
        Physical::INT32 | Physical::INT64 => Kind::Int { unsigned },
        Physical::FLOAT | Physical::DOUBLE => Kind::Float,
        Physical::BYTE_ARRAY => Kind::Text,
        other => {
            let name = match (other, d.logical_type_ref()) {
                (Physical::INT96, _) => "INT96".to_string(),
                (_, Some(l)) => format!("{other} ({l:?})"),
                _ => other.to_string(),
            };
            return Err(Message::new("parquet-column-type").text("type", name));
        }
    };
    if let Kind::Decimal { scale } = kind
        && !(0..=38).contains(&scale)
    {
        return Err(Message::new("parquet-decimal-scale").text("scale", scale.to_string()));
    }
    Ok(kind)
}
