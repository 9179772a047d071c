"""Evidence brought in from elsewhere (DESIGN §10, issue 14): files imported with custody, and what is derived
from them. Qt-free; imports only the core."""
