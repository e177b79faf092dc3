// Mathematical constants the rules of every number type share (the dual rule
// table and the Taylor recurrences), to 20 significant digits; a conversion
// `Scalar(ln2)` rounds them once to the scalar's precision.

/// The natural logarithm of 2.
@usableFromInline let ln2 = 0.69314718055994530942
/// The natural logarithm of 10.
@usableFromInline let ln10 = 2.3025850929940456840
/// 2/√π, the factor in the derivative of erf.
@usableFromInline let twoOverSqrtPi = 1.1283791670955125739
