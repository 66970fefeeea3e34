"""Knowledge capture: an editor turns a solved or valuable thread into a draft practice."""
