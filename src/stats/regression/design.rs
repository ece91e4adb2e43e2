//! A design matrix: named columns of equal length, built from numeric controls and factors.

use super::RegressionError;

/// The regressors of a linear model: named columns of equal length (column-major), such as an
/// intercept, numeric controls, and the dummy columns of a factor's levels.
///
/// ```
/// use gender_impact::stats::Design;
/// let mut x = Design::new(3);
/// x.intercept();
/// x.push("years", vec![1.0, 2.0, 4.0]).unwrap();
/// x.factor("grade", &["A", "B", "A"], None).unwrap();
/// assert_eq!(x.names(), ["(intercept)", "years", "grade=B"]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Design {
    n: usize,
    names: Vec<String>,
    values: Vec<f64>,
    /// For each factor: its name, its base level and the columns of its other levels.
    factors: Vec<FactorColumns>,
    /// The index of the intercept, when there is one.
    intercept: Option<usize>,
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
            values: Vec::new(),
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

    /// Column `j`.
    pub fn column(&self, j: usize) -> &[f64] {
        &self.values[j * self.n..(j + 1) * self.n]
    }

    /// Adds a column of ones, named `(intercept)`.
    pub fn intercept(&mut self) {
        self.intercept = Some(self.names.len());
        self.names.push("(intercept)".to_string());
        self.values.extend(std::iter::repeat_n(1.0, self.n));
    }

    /// Adds a numeric column; an error when its length is not the design's or a value is not
    /// finite.
    pub fn push(&mut self, name: &str, column: Vec<f64>) -> Result<(), RegressionError> {
        if column.len() != self.n {
            return Err(RegressionError::Length {
                column: name.to_string(),
                expected: self.n,
                found: column.len(),
            });
        }
        if let Some(row) = column.iter().position(|v| !v.is_finite()) {
            return Err(RegressionError::NotFinite {
                column: name.to_string(),
                row,
            });
        }
        self.names.push(name.to_string());
        self.values.extend(column);
        Ok(())
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
        if values.len() != self.n {
            return Err(RegressionError::Length {
                column: name.to_string(),
                expected: self.n,
                found: values.len(),
            });
        }
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
        let mut columns = Vec::with_capacity(levels.len() - 1);
        for level in levels.iter().filter(|l| **l != base) {
            columns.push(self.names.len());
            let dummy = values
                .iter()
                .map(|v| f64::from(u8::from(v.as_ref() == *level)))
                .collect();
            self.push(&format!("{name}={level}"), dummy)?;
        }
        self.factors.push(FactorColumns {
            name: name.to_string(),
            base: base.to_string(),
            columns,
        });
        Ok(())
    }

    /// The rows where `keep` is true, as a design of their own (the same columns).
    pub fn select(&self, keep: &[bool]) -> Design {
        let n = keep.iter().filter(|k| **k).count();
        let mut values = Vec::with_capacity(n * self.cols());
        for j in 0..self.cols() {
            let col = self.column(j);
            values.extend(col.iter().zip(keep).filter(|(_, k)| **k).map(|(v, _)| *v));
        }
        Design {
            n,
            names: self.names.clone(),
            values,
            factors: self.factors.clone(),
            intercept: self.intercept,
        }
    }

    /// The mean of each column.
    pub fn means(&self) -> Vec<f64> {
        (0..self.cols())
            .map(|j| crate::stats::regression::mean(self.column(j)))
            .collect()
    }

    /// The design with column `j` left out.
    pub fn without(&self, j: usize) -> Design {
        let mut d = Design::new(self.n);
        let shift = |c: usize| if c > j { c - 1 } else { c };
        d.intercept = self.intercept.filter(|i| *i != j).map(shift);
        for k in (0..self.cols()).filter(|k| *k != j) {
            d.names.push(self.names[k].clone());
            d.values.extend_from_slice(self.column(k));
        }
        d.factors = self
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
            .collect();
        d
    }
}
