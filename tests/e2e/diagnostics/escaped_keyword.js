// A reserved word spelled with a Unicode escape is still a reserved word.
var \u0069f = 1;
console.log(1);
