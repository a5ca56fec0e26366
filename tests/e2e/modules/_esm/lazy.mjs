console.log("lazy evaluated");
export const lazy = "lazy value";
export default 42;
