/**
 * Currency codes customers write after an amount ("30 EUR", "250 CHF", "1 200 NOK"): a number
 * followed by one is a price, not a year, a strength or a count.
 */
export const currencyCodes = ['EUR', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'USD', 'GBP'];
