"""What the app, the reports and the help show of the model, without Textual: signs, legends, fact lines."""
