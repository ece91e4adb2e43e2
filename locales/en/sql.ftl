# en: problems met by the DataFusion aggregate functions (gender-impact-datafusion/).
# Ids are unique across all files of a language; every id exists in en, fr and es.
# Pay values and the texts of records are never shown: only their kind and length.

sql-problem = { $function }, argument { $position } ({ $argument }): { $message }
sql-argument-count = { $function }: expected { $expected } arguments, found { $found }
sql-type-number = expected a number, found the type { $found }
sql-type-text = expected a text, found the type { $found }
sql-type-integer = expected a whole number, found the type { $found }
sql-band = expected a quartile band from 1 (lowest paid) to 4 (highest paid), found { $found }
sql-band-not-constant = expected a quartile band written in the query as a whole number from 1 to 4, found an expression that depends on the rows
sql-gender-null = expected a gender (woman, man, non_binary or undisclosed) on a row with a pay, found NULL
sql-gender-unknown = expected a gender written woman, man, non_binary or undisclosed (lower case), found another text of { $chars } { $chars ->
        [one] character
       *[other] characters
    } (not shown)
sql-pay-out-of-range = expected a pay from 0 to 1,000,000,000,000, found an amount outside that range (not shown)
sql-state = expected the state that this function writes in the first phase of an aggregation, found { $found }
sql-distinct = { $function }: expected the pay of every worker, found DISTINCT (which would count equal pays once)
