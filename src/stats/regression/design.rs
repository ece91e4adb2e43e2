//! A design matrix: named columns of equal length, built from numeric controls and factors.
//!
//! Only numeric columns are stored as numbers, shared by the design's clones (adding the
//! woman indicator to a copy of the controls costs one column). The intercept is a column of ones
//! known by its kind, and a factor's dummy columns share one vector of level codes (4 bytes a row
//! for the whole factor, where 49 stored dummies of a 50-level factor would take 392): the
//! regressions read them a block of rows at a time ([`Design::value`], [`Design::column`]).
//!
//! A column may also be a view of some rows of a longer vector (the payroll's own column, read
//! through the indices of the rows kept): [`Design::select`] makes such views rather than copies,
//! so that a subgroup costs 4 bytes a row, not 8 a row and a column.

use std::borrow::Cow;
use std::sync::Arc;

use super::RegressionError;

/// The regressors of a linear model: named columns of equal length, such as an intercept,
/// numeric controls, and the dummy columns of a factor's levels.
///
/// ```
/// use gender_impact::stats::Design;
/// let mut x = Design::new(3);
/// x.intercept();
/// x.push("years", vec![1.0, 2.0, 4.0]).unwrap();
/// x.factor("grade", &["A", "B", "A"], None).unwrap();
/// assert_eq!(x.names(), ["(intercept)", "years", "grade=B"]);
/// assert_eq!(x.column(2).as_ref(), [0.0, 1.0, 0.0]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Design {
    n: usize,
    names: Vec<String>,
    columns: Vec<Column>,
    /// For each factor: its name, its base level and the columns of its other levels.
    factors: Vec<FactorColumns>,
    /// The index of the intercept, when there is one.
    intercept: Option<usize>,
}

/// How a column's values are held.
#[derive(Debug, Clone, PartialEq)]
enum Column {
    /// Every value stored (shared by the clones of a design), read through `rows`.
    Numbers { values: Arc<Vec<f64>>, rows: Rows },
    /// A column of ones.
    Ones,
    /// 1 where the factor's code is `level`, else 0; the codes are shared by the factor's
    /// dummies, and read through `rows`.
    Dummy {
        codes: Arc<Vec<u32>>,
        rows: Rows,
        level: u32,
    },
}

/// Which of a stored vector's entries are the design's rows: all of them in order, or those at
/// the given indices (the design's row `i` is the entry `rows[i]`).
type Rows = Option<Arc<Vec<u32>>>;

/// A vector of indices known by its address, to make one view of it per selection.
type IndexKey = *const Vec<u32>;

/// The stored index of the design's row `i`.
#[inline]
fn at(rows: &Rows, i: usize) -> usize {
    match rows {
        None => i,
        Some(r) => r[i] as usize,
    }
}

/// The columns a factor added to a [`Design`].
#[derive(Debug, Clone, PartialEq)]
pub struct FactorColumns {
    /// The factor's name.
    pub name: String,
    /// The level left out (its effect is in the intercept).
    pub base: String,
    /// The indices, in the design, of the dummy columns of the other levels.
    pub columns: Vec<usize>,
}

impl Design {
    /// An empty design for `n` observations.
    pub fn new(n: usize) -> Design {
        Design {
            n,
            names: Vec::new(),
            columns: Vec::new(),
            factors: Vec::new(),
            intercept: None,
        }
    }

    /// Number of observations.
    pub fn rows(&self) -> usize {
        self.n
    }

    /// Number of columns.
    pub fn cols(&self) -> usize {
        self.names.len()
    }

    /// The columns' names, in order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The index of the intercept column, when there is one.
    pub fn intercept_index(&self) -> Option<usize> {
        self.intercept
    }

    /// The factors and their columns.
    pub fn factors(&self) -> &[FactorColumns] {
        &self.factors
    }

    /// Column `j`'s values (made for the intercept and the dummies, which are not stored).
    ///
    /// # Panics
    ///
    /// When `j` is not below [`Design::cols`], as indexing a slice does.
    pub fn column(&self, j: usize) -> Cow<'_, [f64]> {
        match &self.columns[j] {
            Column::Numbers { values, rows: None } => Cow::Borrowed(values.as_slice()),
            _ => Cow::Owned((0..self.n).map(|i| self.value(j, i)).collect()),
        }
    }

    /// The value of column `j` in row `i`.
    ///
    /// # Panics
    ///
    /// When `j` is not below [`Design::cols`] or `i` not below [`Design::rows`].
    #[inline]
    pub fn value(&self, j: usize, i: usize) -> f64 {
        match &self.columns[j] {
            Column::Numbers { values, rows } => values[at(rows, i)],
            Column::Ones => 1.0,
            Column::Dummy { codes, rows, level } => {
                f64::from(u8::from(codes[at(rows, i)] == *level))
            }
        }
    }

    /// Column `j`'s values in rows `start..start + out.len()`, written into `out` (what
    /// [`Design::value`] gives, with one look at how the column is held per block).
    ///
    /// # Panics
    ///
    /// When `j` is not below [`Design::cols`] or the rows go beyond [`Design::rows`].
    pub(crate) fn fill(&self, j: usize, start: usize, out: &mut [f64]) {
        let range = start..start + out.len();
        let dummy = |code: u32, level: u32| f64::from(u8::from(code == level));
        match &self.columns[j] {
            Column::Numbers { values, rows: None } => out.copy_from_slice(&values[range]),
            Column::Numbers {
                values,
                rows: Some(r),
            } => out
                .iter_mut()
                .zip(&r[range])
                .for_each(|(o, &k)| *o = values[k as usize]),
            Column::Ones => out.fill(1.0),
            Column::Dummy {
                codes,
                rows: None,
                level,
            } => out
                .iter_mut()
                .zip(&codes[range])
                .for_each(|(o, &c)| *o = dummy(c, *level)),
            Column::Dummy {
                codes,
                rows: Some(r),
                level,
            } => out
                .iter_mut()
                .zip(&r[range])
                .for_each(|(o, &k)| *o = dummy(codes[k as usize], *level)),
        }
    }

    /// Adds a column of ones, named `(intercept)`.
    pub fn intercept(&mut self) {
        self.intercept = Some(self.names.len());
        self.names.push("(intercept)".to_string());
        self.columns.push(Column::Ones);
    }

    /// Adds a numeric column; an error when its length is not the design's or a value is not
    /// finite.
    pub fn push(&mut self, name: &str, column: Vec<f64>) -> Result<(), RegressionError> {
        self.check_length(name, column.len())?;
        if let Some(row) = column.iter().position(|v| !v.is_finite()) {
            return Err(RegressionError::NotFinite {
                column: name.to_string(),
                row,
            });
        }
        self.names.push(name.to_string());
        self.columns.push(Column::Numbers {
            values: Arc::new(column),
            rows: None,
        });
        Ok(())
    }

    /// Adds a numeric column read through `rows` (the design's row `i` is `values[rows[i]]`),
    /// sharing `values`; an error when `rows` is not as long as the design, an index is out of
    /// `values`, or a value read is not finite.
    pub(crate) fn push_rows(
        &mut self,
        name: &str,
        values: Arc<Vec<f64>>,
        rows: Arc<Vec<u32>>,
    ) -> Result<(), RegressionError> {
        self.check_length(name, rows.len())?;
        let bad = rows
            .iter()
            .position(|&r| values.get(r as usize).is_none_or(|v| !v.is_finite()));
        if let Some(row) = bad {
            return Err(RegressionError::NotFinite {
                column: name.to_string(),
                row,
            });
        }
        self.names.push(name.to_string());
        self.columns.push(Column::Numbers {
            values,
            rows: Some(rows),
        });
        Ok(())
    }

    fn check_length(&self, name: &str, found: usize) -> Result<(), RegressionError> {
        if found == self.n {
            return Ok(());
        }
        Err(RegressionError::Length {
            column: name.to_string(),
            expected: self.n,
            found,
        })
    }

    /// Adds a factor: one dummy column per level but the base, named `name=level`, levels in
    /// sorted order. The base is `base` when given, else the first level; an error when the
    /// factor has a single level (it says nothing) or the base is not one of its levels.
    pub fn factor<S: AsRef<str>>(
        &mut self,
        name: &str,
        values: &[S],
        base: Option<&str>,
    ) -> Result<(), RegressionError> {
        self.check_length(name, values.len())?;
        let mut levels: Vec<&str> = values.iter().map(AsRef::as_ref).collect();
        levels.sort_unstable();
        levels.dedup();
        let codes = values
            .iter()
            .map(|v| levels.binary_search(&v.as_ref()).unwrap_or(0) as u32)
            .collect();
        self.push_factor(name, &levels, codes, base)
    }

    /// Adds a factor given as level codes: `codes[i]` indexes `levels`, which are sorted and
    /// distinct; the errors of [`Design::factor`], and an error when `codes` is not as long as
    /// the design (a code beyond `levels` makes a row of zeros, as the base level's).
    pub(crate) fn push_factor<S: AsRef<str>>(
        &mut self,
        name: &str,
        levels: &[S],
        codes: Vec<u32>,
        base: Option<&str>,
    ) -> Result<(), RegressionError> {
        self.check_length(name, codes.len())?;
        if levels.len() < 2 {
            return Err(RegressionError::OneLevel {
                factor: name.to_string(),
            });
        }
        let base = match base {
            None => levels[0].as_ref(),
            Some(b) if levels.iter().any(|l| l.as_ref() == b) => b,
            Some(b) => {
                return Err(RegressionError::NoSuchLevel {
                    factor: name.to_string(),
                    level: b.to_string(),
                });
            }
        };
        let codes = Arc::new(codes);
        let mut columns = Vec::with_capacity(levels.len() - 1);
        for (code, level) in levels.iter().enumerate() {
            let level = level.as_ref();
            if level == base {
                continue;
            }
            columns.push(self.names.len());
            self.names.push(format!("{name}={level}"));
            self.columns.push(Column::Dummy {
                codes: Arc::clone(&codes),
                rows: None,
                level: code as u32,
            });
        }
        self.factors.push(FactorColumns {
            name: name.to_string(),
            base: base.to_string(),
            columns,
        });
        Ok(())
    }

    /// The rows where `keep` is true, as a design of their own: the same columns, read through
    /// the indices of the rows kept (nothing is copied but one vector of indices for each way
    /// the columns were read).
    ///
    /// # Panics
    ///
    /// When the rows are indexed beyond `u32::MAX` (4,294,967,295), which no payroll held in
    /// memory reaches.
    pub fn select(&self, keep: &[bool]) -> Design {
        let kept: Vec<usize> = (0..self.n.min(keep.len())).filter(|&i| keep[i]).collect();
        // One vector of indices for each way the columns were read (keyed by the old one).
        let mut views: Vec<(Option<IndexKey>, Arc<Vec<u32>>)> = Vec::new();
        let mut view = |rows: &Rows| -> Rows {
            let key = rows.as_ref().map(Arc::as_ptr);
            if let Some((_, v)) = views.iter().find(|(k, _)| *k == key) {
                return Some(Arc::clone(v));
            }
            let index = |i: &usize| u32::try_from(at(rows, *i)).expect("rows within u32");
            let v = Arc::new(kept.iter().map(index).collect());
            views.push((key, Arc::clone(&v)));
            Some(v)
        };
        let columns = self
            .columns
            .iter()
            .map(|c| match c {
                Column::Numbers { values, rows } => Column::Numbers {
                    values: Arc::clone(values),
                    rows: view(rows),
                },
                Column::Ones => Column::Ones,
                Column::Dummy { codes, rows, level } => Column::Dummy {
                    codes: Arc::clone(codes),
                    rows: view(rows),
                    level: *level,
                },
            })
            .collect();
        Design {
            n: kept.len(),
            names: self.names.clone(),
            columns,
            factors: self.factors.clone(),
            intercept: self.intercept,
        }
    }

    /// The mean of each column.
    pub fn means(&self) -> Vec<f64> {
        let n = self.n.max(1) as f64;
        self.columns
            .iter()
            .map(|c| match c {
                Column::Numbers { values, rows: None } => crate::stats::regression::mean(values),
                Column::Numbers { values, rows } => {
                    (0..self.n).map(|i| values[at(rows, i)]).sum::<f64>() / n
                }
                Column::Ones => 1.0,
                Column::Dummy { codes, rows, level } => {
                    (0..self.n)
                        .filter(|&i| codes[at(rows, i)] == *level)
                        .count() as f64
                        / n
                }
            })
            .collect()
    }

    /// The design with column `j` left out.
    pub fn without(&self, j: usize) -> Design {
        let shift = |c: usize| if c > j { c - 1 } else { c };
        let keep = |k: &usize| *k != j;
        Design {
            n: self.n,
            names: (0..self.cols())
                .filter(keep)
                .map(|k| self.names[k].clone())
                .collect(),
            columns: (0..self.cols())
                .filter(keep)
                .map(|k| self.columns[k].clone())
                .collect(),
            factors: self
                .factors
                .iter()
                .map(|f| FactorColumns {
                    columns: f
                        .columns
                        .iter()
                        .filter(|c| **c != j)
                        .map(|c| shift(*c))
                        .collect(),
                    ..f.clone()
                })
                .collect(),
            intercept: self.intercept.filter(|i| *i != j).map(shift),
        }
    }
}

/// The values where `keep` is true.
pub(crate) fn pick<T: Copy>(values: &[T], keep: &[bool]) -> Vec<T> {
    values
        .iter()
        .zip(keep)
        .filter(|(_, k)| **k)
        .map(|(v, _)| *v)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A design over rows 0..6: intercept, `x` = 0, 10, …, 50, and a factor of levels
    /// a, b, c, a, b, c (base a).
    fn six() -> Design {
        let mut d = Design::new(6);
        d.intercept();
        d.push("x", vec![0.0, 10.0, 20.0, 30.0, 40.0, 50.0])
            .unwrap();
        d.factor("f", &["a", "b", "c", "a", "b", "c"], None)
            .unwrap();
        d
    }

    #[test]
    fn a_selection_of_a_selection_reads_the_rows_kept_twice() {
        // Rows 1, 2, 4, 5, then of those the 2nd and 4th: rows 2 and 5 (x 20 and 50, level c).
        let first = six().select(&[false, true, true, false, true, true]);
        let second = first.select(&[false, true, false, true]);
        assert_eq!(second.rows(), 2);
        assert_eq!(second.column(1).as_ref(), [20.0, 50.0]);
        assert_eq!(second.column(2).as_ref(), [0.0, 0.0]); // f=b
        assert_eq!(second.column(3).as_ref(), [1.0, 1.0]); // f=c
        // Means of the first selection: x (10 + 20 + 40 + 50) / 4 = 30; f=b 2/4; f=c 2/4.
        assert_eq!(first.means(), [1.0, 30.0, 0.5, 0.5]);
    }

    #[test]
    fn a_column_read_through_indices_shares_the_stored_values() {
        let values = Arc::new(vec![1.0, f64::NAN, 3.0, 4.0]);
        let mut d = Design::new(2);
        d.push_rows("v", Arc::clone(&values), Arc::new(vec![3, 0]))
            .unwrap();
        assert_eq!(d.column(0).as_ref(), [4.0, 1.0]);
        assert_eq!(Arc::strong_count(&values), 2);
        // The NaN of row 1 is read: an error naming the design's row (0).
        let err = d.push_rows("w", Arc::clone(&values), Arc::new(vec![1, 2]));
        assert_eq!(
            err,
            Err(RegressionError::NotFinite {
                column: "w".to_string(),
                row: 0
            })
        );
        // An index beyond the values is refused, not read.
        let err = d.push_rows("w", values, Arc::new(vec![0, 4]));
        assert!(matches!(
            err,
            Err(RegressionError::NotFinite { row: 1, .. })
        ));
    }
}
