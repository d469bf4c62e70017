"""Shipped facts, loaded from ``touchline/data``: competitions and countries, the club registry, and each
competition's rules. Nothing here touches the store; every other floor may read these."""
