const button = document.querySelector("#greet");
const message = document.querySelector("#message");

// TODO: when button is clicked, make message say Hello!
