//! A design matrix: named columns of equal length, built from numeric controls and factors.
//!
//! Only numeric columns are stored as numbers, shared by the design's clones (adding the
//! woman indicator to a copy of the controls costs one column). The intercept is a column of ones known by its
//! kind, and a factor's dummy columns share one vector of level codes (4 bytes a row for the
//! whole factor, where 49 stored dummies of a 50-level factor would take 392): the regressions
//! read them a block of rows at a time ([`Design::value`], [`Design::column`]).

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
    /// Every value stored (shared by the clones of a design).
    Numbers(Arc<Vec<f64>>),
    /// A column of ones.
    Ones,
    /// 1 where the factor's code is `level`, else 0; the codes are shared by the factor's
    /// dummies.
    Dummy { codes: Arc<Vec<u32>>, level: u32 },
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
            Column::Numbers(v) => Cow::Borrowed(v.as_slice()),
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
            Column::Numbers(v) => v[i],
            Column::Ones => 1.0,
            Column::Dummy { codes, level } => f64::from(u8::from(codes[i] == *level)),
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
        self.columns.push(Column::Numbers(Arc::new(column)));
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
        if levels.len() < 2 {
            return Err(RegressionError::OneLevel {
                factor: name.to_string(),
            });
        }
        let base = match base {
            Some(b) if levels.contains(&b) => b,
            Some(b) => {
                return Err(RegressionError::NoSuchLevel {
                    factor: name.to_string(),
                    level: b.to_string(),
                });
            }
            None => levels[0],
        };
        let codes: Arc<Vec<u32>> = Arc::new(
            values
                .iter()
                .map(|v| levels.binary_search(&v.as_ref()).unwrap_or(0) as u32)
                .collect(),
        );
        let mut columns = Vec::with_capacity(levels.len() - 1);
        for (code, level) in levels.iter().enumerate().filter(|(_, l)| **l != base) {
            columns.push(self.names.len());
            self.names.push(format!("{name}={level}"));
            self.columns.push(Column::Dummy {
                codes: Arc::clone(&codes),
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

    /// The rows where `keep` is true, as a design of their own (the same columns; a factor's
    /// dummies still share one vector of codes).
    pub fn select(&self, keep: &[bool]) -> Design {
        let n = keep.iter().filter(|k| **k).count();
        let mut shared: Vec<(*const Vec<u32>, Arc<Vec<u32>>)> = Vec::new();
        let columns = self
            .columns
            .iter()
            .map(|c| match c {
                Column::Numbers(v) => Column::Numbers(Arc::new(pick(v, keep))),
                Column::Ones => Column::Ones,
                Column::Dummy { codes, level } => {
                    let key = Arc::as_ptr(codes);
                    let codes = match shared.iter().find(|(k, _)| *k == key) {
                        Some((_, c)) => Arc::clone(c),
                        None => {
                            let c = Arc::new(pick(codes, keep));
                            shared.push((key, Arc::clone(&c)));
                            c
                        }
                    };
                    Column::Dummy {
                        codes,
                        level: *level,
                    }
                }
            })
            .collect();
        Design {
            n,
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
                Column::Numbers(v) => crate::stats::regression::mean(v),
                Column::Ones => 1.0,
                Column::Dummy { codes, level } => {
                    codes.iter().filter(|c| **c == *level).count() as f64 / n
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
