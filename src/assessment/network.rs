//! Assessing a network: every organisation with the same assessor.

use crate::document::Invalid;
use crate::model::Network;

use super::{Assessment, Assessor};

/// Assesses every organisation of a network with the same assessor, in document order.
pub fn assess_network(assessor: &Assessor, network: &Network) -> Result<Vec<Assessment>, Invalid> {
    network.check()?;
    network
        .organisations
        .iter()
        .map(|o| assessor.assess_checked(o))
        .collect()
}
